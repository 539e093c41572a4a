/** Pages by address; the period and filters travel in the query string so a view can be sent on. */
import { createRouter, createWebHistory } from 'vue-router';
import { onSignedOut } from './api/client';
import CockpitPage from './pages/CockpitPage.vue';
import type { Capability } from './permissions';
import { can, currentUser, forget, returnTo } from './session';

declare module 'vue-router' {
  interface RouteMeta {
    title?: string;
    /** Open without a session (only 登录). */
    open?: boolean;
    /** What the user's role must be allowed to do to see the page. */
    needs?: Capability;
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { title: '登录', open: true } },
    { path: '/', name: 'cockpit', component: CockpitPage, meta: { title: '总览' } },
    { path: '/kpi/:key', name: 'kpi', component: () => import('./pages/KpiPage.vue'), meta: { title: '指标详情' } },
    { path: '/department/:code', name: 'department', component: () => import('./pages/DepartmentPage.vue'), meta: { title: '部门' } },
    { path: '/tasks', name: 'tasks', component: () => import('./pages/TasksPage.vue'), meta: { title: '抽查任务' } },
    { path: '/tasks/:code', name: 'task', component: () => import('./pages/TaskPage.vue'), meta: { title: '任务' } },
    { path: '/inspections', name: 'inspections', component: () => import('./pages/InspectionsPage.vue'), meta: { title: '检查结果' } },
    { path: '/inspections/:id', name: 'inspection', component: () => import('./pages/InspectionPage.vue'), meta: { title: '检查结果' } },
    { path: '/reports', name: 'reports', component: () => import('./pages/ReportsPage.vue'), meta: { title: '报告' } },
    { path: '/reports/:id', name: 'report', component: () => import('./pages/ReportPage.vue'), meta: { title: '报告' } },
    { path: '/warnings', name: 'warnings', component: () => import('./pages/WarningsPage.vue'), meta: { title: '预警' } },
    { path: '/submissions', name: 'submissions', component: () => import('./pages/SubmissionsPage.vue'), meta: { title: '报送情况', needs: 'readSubmissions' } },
    { path: '/import', name: 'import', component: () => import('./pages/ImportPage.vue'), meta: { title: '数据导入', needs: 'import' } },
    { path: '/accounts', name: 'accounts', component: () => import('./pages/AccountsPage.vue'), meta: { title: '账号管理', needs: 'manageAccounts' } },
    { path: '/audit', name: 'audit', component: () => import('./pages/AuditPage.vue'), meta: { title: '操作记录', needs: 'readAudit' } },
  ],
});

router.beforeEach(async (to) => {
  // Without an answer from the server (it is down) the 登录 page says so when the user tries.
  const user = await currentUser().catch(() => null);
  if (to.meta.open) return to.name === 'login' && user ? returnTo(to.query.redirect) : true;
  if (!user) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  if (to.meta.needs && !can(to.meta.needs)) return { name: 'cockpit' };
  return true;
});

router.afterEach((to) => {
  document.title = `${String(to.meta.title ?? '')} · 双随机、一公开监管数据中心`;
});

// A request refused for want of a session (expired, ended by a password change): to 登录, and back here after.
onSignedOut(() => {
  forget();
  const here = router.currentRoute.value;
  if (!here.meta.open) router.replace({ name: 'login', query: { redirect: here.fullPath } });
});
