// Kiểm tra, giám sát: statistics, the programme, the registers of cases, discipline and ratings
// for a unit and period (kept in the URL), and — with the oversight.members grant — admissions
// and members. Writing needs oversight.write (inspection committees).
import { Segmented, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';

import { UnitPeriodPicker } from '../components/UnitPeriodPicker';
import { periodEnd, useSelection } from '../selection';
import { can, useMe } from '../session';
import { AdmissionsView } from './oversight/AdmissionsView';
import { CasesView } from './oversight/CasesView';
import { DisciplineView } from './oversight/DisciplineView';
import { MembersView } from './oversight/MembersView';
import { ProgrammeView } from './oversight/ProgrammeView';
import { RatingsView } from './oversight/RatingsView';
import { StatsView } from './oversight/StatsView';
import { useWords } from './oversight/words';

export default function OversightPage() {
  const { w } = useWords();
  const me = useMe();
  const { unit, period, ready, select } = useSelection();
  const [params, setParams] = useSearchParams();
  const canWrite = can(me.data, 'oversight.write');
  const members = can(me.data, 'oversight.members');
  const views = [
    { value: 'stats', label: w.stats }, { value: 'programme', label: w.programme }, { value: 'cases', label: w.cases },
    { value: 'discipline', label: w.discipline }, { value: 'ratings', label: w.ratings },
    ...(members ? [{ value: 'admissions', label: w.admissions }, { value: 'members', label: w.members }] : []),
  ];
  const view = views.some((v) => v.value === params.get('view')) ? params.get('view')! : 'stats';
  const year = Number(period.slice(0, 4));
  const setView = (v: string) => {
    const next = new URLSearchParams(params);
    next.set('view', v);
    setParams(next);
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{w.title}</Typography.Title>
      <UnitPeriodPicker unit={unit} period={period} onChange={select} />
      <Segmented value={view} onChange={(v) => setView(String(v))} options={views} data-testid="oversight-views" />
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
