// Kiểm tra, giám sát: statistics, the programme, the registers of cases, discipline and ratings
// for a unit and period (kept in the URL), and — with the oversight.members grant — admissions
// and members. Writing needs oversight.write (inspection committees).
import { Segmented, Space } from 'antd';
import { useSearchParams } from 'react-router-dom';

import { PageHeader } from '../../components/PageHeader';
import { UnitPeriodPicker } from '../../components/UnitPeriodPicker';
import { useI18n } from '../../i18n';
import { periodEnd, useSelection } from '../../selection';
import { can, useMe } from '../auth/session';
import { AdmissionsView } from './AdmissionsView';
import { CasesView } from './CasesView';
import { DisciplineView } from './DisciplineView';
import { MembersView } from './MembersView';
import { ProgrammeView } from './ProgrammeView';
import { RatingsView } from './RatingsView';
import { StatsView } from './StatsView';

export default function OversightPage() {
  const { t } = useI18n();
  const me = useMe();
  const { unit, period, ready, select } = useSelection();
  const [params, setParams] = useSearchParams();
  const canWrite = can(me.data, 'oversight.write');
  const members = can(me.data, 'oversight.members');
  const views = [
    { value: 'stats', label: t('stats') }, { value: 'programme', label: t('programme') }, { value: 'cases', label: t('cases') },
    { value: 'discipline', label: t('discipline') }, { value: 'ratings', label: t('ratings') },
    ...(members ? [{ value: 'admissions', label: t('admissions') }, { value: 'members', label: t('members') }] : []),
  ];
  const view = views.some((v) => v.value === params.get('view')) ? params.get('view')! : 'stats';
  const year = Number(period.slice(0, 4));
  const setView = (v: string) => {
    const next = new URLSearchParams(params);
    next.set('view', v);
    next.delete('open');
    setParams(next);
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('oversightTitle')} extra={<UnitPeriodPicker unit={unit} period={period} onChange={select} />} />
      <Segmented value={view} onChange={(v) => setView(String(v))} options={views} data-testid="oversight-views" aria-label={t('oversightTitle')} />
      {ready && view === 'stats' && <StatsView unit={unit} period={period} />}
      {ready && view === 'programme' && <ProgrammeView year={year} canWrite={canWrite} />}
      {ready && view === 'cases' && <CasesView unit={unit} period={period} canWrite={canWrite} />}
      {ready && view === 'discipline' && <DisciplineView unit={unit} period={period} canWrite={canWrite} />}
      {ready && view === 'ratings' && <RatingsView unit={unit} year={year} canWrite={canWrite} />}
      {ready && view === 'admissions' && <AdmissionsView at={periodEnd(period)} />}
      {ready && view === 'members' && <MembersView at={periodEnd(period)} />}
    </Space>
  );
}
