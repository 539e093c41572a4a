/** Who is signed in: sign in, sign out, and the current user (the token stays in the HttpOnly cookie). */
import type { Role } from '../permissions';
import { gql } from './client';

export interface User {
  username: string;
  name: string | null;
  role: Role;
  roleName: string;
  departmentCode: string | null;
  departmentName: string | null;
}

const FIELDS = 'username name role roleName departmentCode departmentName';

export const fetchMe = async () => (await gql<{ me: User | null }>(`{ me { ${FIELDS} } }`)).me;

export const login = async (username: string, password: string) => (await gql<{ login: { user: User } }>(
  `mutation($username: String!, $password: String!) { login(username: $username, password: $password) { expiresAt user { ${FIELDS} } } }`,
  { username, password })).login.user;

export const logout = async () => (await gql<{ logout: boolean }>('mutation { logout }')).logout;
