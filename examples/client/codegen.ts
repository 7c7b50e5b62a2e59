// GraphQL Code Generator for this client: typed documents (client preset) and the possible types of the
// schema's unions and interfaces (for Apollo Client's cache).
//
// The schema comes from the server repository's schema/ folder by default; set KG_SCHEMA to read it from
// somewhere else, for example a running server ("http://127.0.0.1:4000/graphql", by introspection; the
// server answers introspection unless NODE_ENV=production).
import type { CodegenConfig } from "@graphql-codegen/cli";

const schema = process.env.KG_SCHEMA ?? "../../schema/*.graphql";

const config: CodegenConfig = {
  schema,
  documents: ["src/**/*.ts", "!src/gql/**"],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    "src/gql/": {
      preset: "client",
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // the Date scalar is a "YYYY-MM-DD" string both ways
        strictScalars: true,
        scalars: { Date: { input: "string", output: "string" } },
      },
      presetConfig: { fragmentMasking: false },
    },
    "src/gql/possible-types.ts": {
      plugins: ["fragment-matcher"],
      config: { useExplicitTyping: true },
    },
  },
};

export default config;
