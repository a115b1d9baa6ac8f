// The figures of inspection, supervision, discipline and admission of a unit and period, and the
// sentence the year-end report uses.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Space, Statistic } from 'antd';

import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';

import { oversightQueries } from './api';
import { forms } from './words';

export function StatsView({ unit, period }: { unit: string; period: string }) {
  const { t, lang, name } = useI18n();
  
  const stats = useQuery(oversightQueries.stats(unit, period));
  const s = stats.data;
  if (!s) return <QueryState isPending={stats.isPending} error={stats.error} refetch={stats.refetch} />;
  const memberForms = forms.filter((f) => s.member_forms[f]).map((f) => `${name('disciplineForm', f)} ${formatNumber(s.member_forms[f], 0, lang)}`).join(', ');
  const marks = s.illustrative;
  const cells: [string, number, boolean, string?][] = [
    [t('organisationsInspected'), s.organisations_inspected, marks.inspection], [t('membersInspected'), s.members_inspected, marks.inspection],
    [t('organisationsSupervised'), s.organisations_supervised, marks.supervision], [t('membersSupervised'), s.members_supervised, marks.supervision],
    [t('membersDisciplined'), s.members_disciplined, marks.discipline, memberForms],
    [t('organisationsDisciplined'), s.organisations_disciplined, marks.discipline],
    [t('admitted'), s.admissions, marks.admissions],
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="info" message={s.sentence} data-testid="oversight-sentence" />
      <Row gutter={[16, 16]}>
        {cells.map(([label, value, illustrative, note]) => (
          <Col key={label} xs={12} md={8} lg={6}>
            <Card size="small">
              <Statistic title={<>{label} {illustrative && value > 0 && <IllustrativeTag />}</>} value={formatNumber(value, 0, lang)} />
              {note && <div style={{ fontSize: 12, color: '#595959' }}>{note}</div>}
            </Card>
          </Col>
        ))}
      </Row>
    </Space>
  );
}
