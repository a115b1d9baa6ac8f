// The figures of inspection, supervision, discipline and admission of a unit and period, and the
// sentence the year-end report uses.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Space, Statistic } from 'antd';

import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';

import { oversightQueries } from './api';
import { OversightSentence } from './OversightSentence';
import { forms } from './words';

export function StatsView({ unit, period }: { unit: string; period: string }) {
  const { t, lang, name } = useI18n();
  
  const stats = useQuery(oversightQueries.stats(unit, period));
  const s = stats.data;
  if (!s) return <QueryState isPending={stats.isPending} error={stats.error} refetch={stats.refetch} />;
  const memberForms = forms.filter((f) => s.member_forms[f]).map((f) => `${name('disciplineForm', f)} ${formatNumber(s.member_forms[f], 0, lang)}`).join(', ');
  const marks = s.illustrative;
  // [label, count, illustrative, the issued report's name for it, a note under it]
  const cells: [string, number, boolean, string, React.ReactNode?][] = [
    [t('organisationsInspected'), s.organisations_inspected, marks.inspection, 'organisations_inspected'],
    [t('membersInspected'), s.members_inspected, marks.inspection, 'members_inspected'],
    [t('organisationsSupervised'), s.organisations_supervised, marks.supervision, 'organisations_supervised'],
    [t('membersSupervised'), s.members_supervised, marks.supervision, 'members_supervised'],
    [t('membersDisciplined'), s.members_disciplined, marks.discipline, 'members_disciplined',
      memberForms && <>{memberForms} {marks.discipline_forms && !marks.discipline && <IllustrativeTag />}</>],
    [t('organisationsDisciplined'), s.organisations_disciplined, marks.discipline, 'organisations_disciplined'],
    [t('admitted'), s.admissions, marks.admissions, 'admissions'],
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="info" message={<OversightSentence clauses={s.clauses} fallback={s.sentence} />} data-testid="oversight-sentence"
        description={s.reported_source && t('reportedIn', { source: s.reported_source })} />
      <Row gutter={[16, 16]}>
        {cells.map(([label, value, illustrative, figure, note]) => {
          const reported = s.reported[figure];
          return (
            <Col key={label} xs={12} md={8} lg={6}>
              <Card size="small">
                <Statistic title={<>{label} {illustrative && value > 0 && <IllustrativeTag />}</>} value={formatNumber(value, 0, lang)} />
                {note && <div style={{ fontSize: 12, color: '#595959' }}>{note}</div>}
                {reported !== undefined && reported !== value && (
                  <div style={{ fontSize: 12, color: '#ad4e00' }}>{t('reportedOtherwise', { n: formatNumber(reported, 0, lang) })}</div>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
    </Space>
  );
}
