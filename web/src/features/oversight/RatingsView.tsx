// The annual quality rating of a year at one step (self, proposal, decision): who was rated
// what, under which regulation, and the shares rated tốt or above.
import { useQuery } from '@tanstack/react-query';
import { Button, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';

import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { formatNumber, formatPercent } from '../../format';
import { useI18n } from '../../i18n';
import { RatingModal } from './RatingModal';
import { oversightQueries, type Rating } from './api';
import { useUnits } from '../units/useUnits';
import { steps } from './words';

const levelColor: Record<string, string> = { xuat_sac: 'green', tot: 'cyan', hoan_thanh: 'blue', khong_hoan_thanh: 'red' };

export function RatingsView({ unit, year, canWrite }: { unit: string; year: number; canWrite: boolean }) {
  const { t, lang, name } = useI18n();
  
  const [step, setStep] = useState('decision');
  const [rating, setRating] = useState(false);
  const units = useUnits(`${year}-12-31`);
  const list = useQuery(oversightQueries.ratings(unit, year, step));
  const share = (kind: string) => {
    const rated = (list.data?.items ?? []).filter((r) => r.subject.kind === kind && r.level);
    const good = rated.filter((r) => r.level === 'xuat_sac' || r.level === 'tot').length;
    return rated.length ? `${name('subjectKind', kind)}: ${formatPercent((100 * good) / rated.length, lang)} (${good}/${rated.length})` : null;
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Segmented value={step} onChange={(v) => setStep(String(v))} options={steps.map((s) => ({ value: s, label: name('ratingStep', s) }))} />
        {canWrite && <Button type="primary" onClick={() => setRating(true)} data-testid="new-rating">{t('rate')}</Button>}
      </Space>
      {list.data && (
        <Typography.Text data-testid="rating-shares">{t('goodShare')}: {[share('organisation'), share('member')].filter(Boolean).join(' · ') || '—'}</Typography.Text>
      )}
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch} />
      {list.data && (
        <ResponsiveTable rowKey="id" size="small" dataSource={list.data.items} scroll={{ x: true }} locale={{ emptyText: t('noData') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('subject'), dataIndex: 'subject', render: (s: Rating['subject']) => (
              <><Tag>{name('subjectKind', s.kind)}</Tag>{s.kind === 'organisation' ? units.name(s.code) : s.code}</>) },
            { title: t('level'), dataIndex: 'level', render: (l: string | null, r: Rating) => (
              l ? <Tag color={levelColor[l]}>{name('ratingLevel', l)}</Tag> : <Typography.Text type="secondary">{r.exempt_reason}</Typography.Text>) },
            { title: t('score'), dataIndex: 'score', align: 'right' as const, render: (s: number | null) => s !== null && formatNumber(s, 1, lang) },
            { title: t('ratedWithin'), dataIndex: 'rated_within', responsive: ['md' as const], render: (c: string) => units.name(c) },
            { title: t('ruleSet'), dataIndex: 'rule_set', responsive: ['lg' as const] },
            { title: '', dataIndex: 'illustrative', render: (v: boolean) => v && <IllustrativeTag /> },
          ]} />
      )}
      {rating && <RatingModal year={year} step={step} onClose={() => setRating(false)} />}
    </Space>
  );
}
