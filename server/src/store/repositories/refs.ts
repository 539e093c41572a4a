/** A related record named by its natural key and name, as lists show it. */
export interface CodeAndName {
  code: string;
  name: string;
}

export interface InspectorRef {
  certificateNo: string;
  name: string;
}

/** A joint task or plan has a cooperating department other than its initiator. */
export function isJoint(initiatorCode: string, cooperators: readonly CodeAndName[]): boolean {
  return cooperators.some((c) => c.code !== initiatorCode);
}
