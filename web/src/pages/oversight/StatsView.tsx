// The figures of inspection, supervision, discipline and admission of a unit and period, and the
// sentence the year-end report uses.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Space, Statistic } from 'antd';

import { api } from '../../api';
import { QueryState } from '../../components/States';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import type { OversightStats } from './types';
import { forms, useWords } from './words';

export function StatsView({ unit, period }: { unit: string; period: string }) {
  const { lang } = useI18n();
  const { w, name } = useWords();
  const stats = useQuery({ queryKey: ['oversight', 'stats', unit, period],
    queryFn: () => api<OversightStats>('GET', `/api/v1/oversight/stats?unit=${encodeURIComponent(unit)}&period=${period}`) });
  const s = stats.data;
  if (!s) return <QueryState isPending={stats.isPending} error={stats.error} refetch={stats.refetch} />;
  const memberForms = forms.filter((f) => s.member_forms[f]).map((f) => `${name(f)} ${formatNumber(s.member_forms[f], 0, lang)}`).join(', ');
  const cells: [string, number, string?][] = [
    [w.organisationsInspected, s.organisations_inspected], [w.membersInspected, s.members_inspected],
    [w.organisationsSupervised, s.organisations_supervised], [w.membersSupervised, s.members_supervised],
    [w.membersDisciplined, s.members_disciplined, memberForms], [w.organisationsDisciplined, s.organisations_disciplined],
    [w.admitted, s.admissions],
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="info" message={s.sentence} data-testid="oversight-sentence" />
      <Row gutter={[16, 16]}>
        {cells.map(([label, value, note]) => (
          <Col key={label} xs={12} md={8} lg={6}>
            <Card size="small">
              <Statistic title={label} value={formatNumber(value, 0, lang)} />
              {note && <div style={{ fontSize: 12, color: '#888' }}>{note}</div>}
            </Card>
          </Col>
        ))}
      </Row>
    </Space>
  );
}
