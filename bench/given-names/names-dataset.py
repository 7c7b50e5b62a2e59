# Writes the given names of names-dataset (PyPI, MIT; Philippe Remy: first names with their rank in each of 105
# countries, from a public dataset of 533M user records) that rank among the 500 most common in at least one
# country and are written in Latin letters, one capitalised word, as a JSON list: the input of generate.ts
# --names-dataset. Usage:
#   pip download --no-deps -d /tmp/nd names-dataset==3.3.1 && (cd /tmp/nd && unzip -oq names_dataset-*.whl)
#   python3 bench/given-names/names-dataset.py /tmp/nd > /tmp/nd/latin.json
import gzip, json, pickle, re, sys

TOP = 500
LATIN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſƠƯ\u1E00-\u1EFF][a-zß-öø-ÿĀ-ſơư\u1E00-\u1EFF]+$")
names = pickle.load(gzip.open(f"{sys.argv[1]}/names_dataset/v3/first_names.pkl.gz"))
keep = sorted(k for k, v in names.items() if LATIN.match(k) and v.get("rank") and min(v["rank"].values()) <= TOP)
json.dump({"source": f"names-dataset 3.3.1 (PyPI, MIT), v3/first_names.pkl.gz: first names among the {TOP} most common of at least one of its countries, in Latin letters, one capitalised word", "names": keep}, sys.stdout, ensure_ascii=False)
