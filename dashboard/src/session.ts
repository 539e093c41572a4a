/**
 * The signed-in user for the whole app, asked of the server once on start (`me`) and after sign-in.
 * Pages read `user` and `can`; the router sends anyone without a session to 登录.
 */
import { ref } from 'vue';
import { fetchMe, login, logout, type User } from './api/auth';
import { can as roleCan, type Capability } from './permissions';

export const user = ref<User | null>(null);
let asked: Promise<User | null> | null = null;

/** The current user, asking the server only the first time (or after a sign-in or sign-out). */
export function currentUser(): Promise<User | null> {
  asked ??= fetchMe().then((u) => (user.value = u)).catch((e) => {
    asked = null;
    throw e;
  });
  return asked;
}

export async function signIn(username: string, password: string): Promise<User> {
  const signedIn = await login(username, password);
  user.value = signedIn;
  asked = Promise.resolve(signedIn);
  return signedIn;
}

export async function signOut(): Promise<void> {
  try {
    await logout();
  } finally {
    forget();
  }
}

/** The session is gone (signed out, expired, ended by a password change): the next page asks again. */
export function forget(): void {
  user.value = null;
  asked = Promise.resolve(null);
}

/** Where 登录 sends the user: the page they asked for, if it is one of ours (never another site). */
export function returnTo(redirect: unknown): string {
  return typeof redirect === 'string' && /^\/(?![/\\])/.test(redirect) && !redirect.startsWith('/login')
    ? redirect : '/';
}

export const can = (capability: Capability) => roleCan(user.value?.role, capability);

/** 张明（联席办） or, without a name, the username. */
export const userLabel = (u: User) => `${u.name ?? u.username}`;
