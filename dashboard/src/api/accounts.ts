/** 账号管理: the accounts the office keeps (list, add, reset password, disable, expiry). */
import { send } from './client';
import { graphql } from './generated';
import type { AccountFieldsFragment, UserAccountInput } from './generated/graphql';

export type Account = AccountFieldsFragment;
export type NewAccount = UserAccountInput;

graphql(`fragment AccountFields on UserAccount {
  username name role roleName departmentCode departmentName expiresOn disabled lockedUntil lastLoginAt createdAt }`);

const ACCOUNTS = graphql(`query Accounts { users { ...AccountFields } }`);
const CREATE = graphql(`mutation CreateAccount($input: UserAccountInput!) { createUser(input: $input) { ...AccountFields } }`);
const RESET_PASSWORD = graphql(`mutation ResetPassword($username: String!, $password: String!) {
  resetPassword(username: $username, password: $password) { ...AccountFields } }`);
const SET_DISABLED = graphql(`mutation SetAccountDisabled($username: String!, $disabled: Boolean!) {
  setUserDisabled(username: $username, disabled: $disabled) { ...AccountFields } }`);
const SET_EXPIRY = graphql(`mutation SetAccountExpiry($username: String!, $expiresOn: String) {
  setUserExpiry(username: $username, expiresOn: $expiresOn) { ...AccountFields } }`);

export const fetchAccounts = async () => (await send(ACCOUNTS)).users;

export const createAccount = async (input: NewAccount) => (await send(CREATE, { input })).createUser;

export const resetPassword = async (username: string, password: string) => (await send(RESET_PASSWORD, { username, password })).resetPassword;

export const setDisabled = async (username: string, disabled: boolean) => (await send(SET_DISABLED, { username, disabled })).setUserDisabled;

export const setExpiry = async (username: string, expiresOn: string | null) => (await send(SET_EXPIRY, { username, expiresOn })).setUserExpiry;
