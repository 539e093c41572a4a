/** Who is signed in: sign in, sign out, and the current user (the token stays in the HttpOnly cookie). */
import { send } from './client';
import { graphql } from './generated';
import type { UserFieldsFragment } from './generated/graphql';

export type User = UserFieldsFragment;

graphql(`fragment UserFields on User { username name role roleName departmentCode departmentName }`);

const ME = graphql(`query Me { me { ...UserFields } }`);
const LOGIN = graphql(`mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { expiresAt user { ...UserFields } } }`);
const LOGOUT = graphql(`mutation Logout { logout }`);

export const fetchMe = async () => (await send(ME)).me;

export const login = async (username: string, password: string) => (await send(LOGIN, { username, password })).login.user;

export const logout = async () => (await send(LOGOUT)).logout;
