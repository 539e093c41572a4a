/** Pages by address; the period and filters travel in the query string so a view can be sent on. */
import { createRouter, createWebHistory } from 'vue-router';
import CockpitPage from './pages/CockpitPage.vue';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'cockpit', component: CockpitPage, meta: { title: '总览' } },
    { path: '/kpi/:key', name: 'kpi', component: () => import('./pages/KpiPage.vue'), meta: { title: '指标详情' } },
    { path: '/department/:code', name: 'department', component: () => import('./pages/DepartmentPage.vue'), meta: { title: '部门' } },
    { path: '/tasks', name: 'tasks', component: () => import('./pages/TasksPage.vue'), meta: { title: '抽查任务' } },
    { path: '/tasks/:code', name: 'task', component: () => import('./pages/TaskPage.vue'), meta: { title: '任务' } },
    { path: '/inspections', name: 'inspections', component: () => import('./pages/InspectionsPage.vue'), meta: { title: '检查结果' } },
    { path: '/inspections/:id', name: 'inspection', component: () => import('./pages/InspectionPage.vue'), meta: { title: '检查结果' } },
    { path: '/reports', name: 'reports', component: () => import('./pages/ReportsPage.vue'), meta: { title: '报告' } },
    { path: '/reports/:id', name: 'report', component: () => import('./pages/ReportPage.vue'), meta: { title: '报告' } },
    { path: '/import', name: 'import', component: () => import('./pages/ImportPage.vue'), meta: { title: '数据导入' } },
  ],
});

router.afterEach((to) => {
  document.title = `${String(to.meta.title ?? '')} · 双随机、一公开监管数据中心`;
});
