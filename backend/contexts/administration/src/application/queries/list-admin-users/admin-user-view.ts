import type { AccountSummaryForAdmin, AdministeredPerson, AdminUserView } from '@preau/contracts';

/** An account (identity's) and its place among the caller's schools (the directory's), as the console shows them. */
export function adminUserView(account: AccountSummaryForAdmin, person: AdministeredPerson | undefined): AdminUserView {
  const view: AdminUserView = {
    id: account.id,
    login: account.login,
    displayName: account.displayName,
    role: account.role,
    blocked: account.blocked,
    pendingActivation: account.pendingActivation,
    classes: person?.classes ?? [],
    schoolIds: person?.schoolIds ?? [],
  };
  if (person?.children) view.children = person.children;
  return view;
}
