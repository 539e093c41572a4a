/** 账号管理: the accounts the office keeps (list, add, reset password, disable, expiry). */
import type { Role } from '../permissions';
import { gql } from './client';

export interface Account {
  username: string;
  name: string | null;
  role: Role;
  roleName: string;
  departmentCode: string | null;
  departmentName: string | null;
  expiresOn: string | null;
  disabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface NewAccount {
  username: string;
  password: string;
  role: Role;
  name: string | null;
  departmentCode: string | null;
  expiresOn: string | null;
}

const FIELDS = 'username name role roleName departmentCode departmentName expiresOn disabled lockedUntil lastLoginAt createdAt';

export const fetchAccounts = async () => (await gql<{ users: Account[] }>(`{ users { ${FIELDS} } }`)).users;

export const createAccount = async (input: NewAccount) => (await gql<{ createUser: Account }>(
  `mutation($input: UserAccountInput!) { createUser(input: $input) { ${FIELDS} } }`, { input })).createUser;

export const resetPassword = async (username: string, password: string) => (await gql<{ resetPassword: Account }>(
  `mutation($username: String!, $password: String!) { resetPassword(username: $username, password: $password) { ${FIELDS} } }`,
  { username, password })).resetPassword;

export const setDisabled = async (username: string, disabled: boolean) => (await gql<{ setUserDisabled: Account }>(
  `mutation($username: String!, $disabled: Boolean!) { setUserDisabled(username: $username, disabled: $disabled) { ${FIELDS} } }`,
  { username, disabled })).setUserDisabled;

export const setExpiry = async (username: string, expiresOn: string | null) => (await gql<{ setUserExpiry: Account }>(
  `mutation($username: String!, $expiresOn: String) { setUserExpiry(username: $username, expiresOn: $expiresOn) { ${FIELDS} } }`,
  { username, expiresOn })).setUserExpiry;
