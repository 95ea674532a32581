import { modelInputs } from "../view/load-model";
import { type GroupProfile, type GroupSummary, groupList, groupProfile } from "./profile";

/** The groups pages' data from the store's current corpus (the same inputs as the dashboard's). */
export async function loadGroups(): Promise<GroupSummary[]> {
  const { actors, claims } = await modelInputs();
  return groupList(actors, claims);
}

export async function loadGroupProfile(id: string): Promise<GroupProfile | null> {
  const { actors, claims } = await modelInputs();
  return groupProfile(id, actors, claims);
}
