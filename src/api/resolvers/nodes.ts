// Global ids: the prefix says the type ("person:…", "meeting:…", "call:…", "article:…").
import type { ApiContext } from "../context.js";

export type NodeTypeName = "Person" | "Place" | "Organization" | "Article" | "Meeting" | "Agreement";

export function typeOfId(id: string): NodeTypeName | null {
  const prefix = id.split(":")[0];
  switch (prefix) {
    case "person":
      return "Person";
    case "place":
      return "Place";
    case "org":
      return "Organization";
    case "article":
      return "Article";
    case "agreement":
      return "Agreement";
    case "meeting":
    case "call":
    case "planned":
    case "cancelled":
    case "denied":
      return "Meeting";
    default:
      return null;
  }
}

export async function loadNode(ctx: ApiContext, id: string) {
  switch (typeOfId(id)) {
    case "Person":
      return ctx.loaders.person.load(id);
    case "Place":
      return ctx.loaders.place.load(id);
    case "Organization":
      return ctx.loaders.organization.load(id);
    case "Article":
      return ctx.loaders.article.load(id);
    case "Meeting":
      return ctx.loaders.meeting.load(id);
    case "Agreement":
      return ctx.loaders.agreement.load(id);
    default:
      return null;
  }
}
