import os from 'node:os';
import type { Role } from '../domain/roles';

/** Who is acting: a signed-in account on the web or the API, or the server's administrator at the command line. */
export interface Actor {
  username: string;
  name: string | null;
  /** null for the command line: its user administers the machine, not an account of the hub. */
  role: Role | null;
  departmentCode: string | null;
  source: 'web' | 'api' | 'cli';
  clientAddress: string | null;
}

/** The operating-system user running a command-line tool; the audit records it with source `cli`. */
export function cliActor(): Actor {
  let username = process.env.SUDO_USER || process.env.USER || 'cli';
  try {
    username = os.userInfo().username || username;
  } catch {
    // no passwd entry (some containers): keep the environment's name
  }
  return { username, name: null, role: null, departmentCode: null, source: 'cli', clientAddress: null };
}

/** An actor that is not a member department's account sees and writes every department's rows. */
export function departmentScope(actor: Actor): string | null {
  return actor.role === 'DEPARTMENT' ? actor.departmentCode : null;
}
