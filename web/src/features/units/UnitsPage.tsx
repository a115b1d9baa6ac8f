// Đơn vị: the hierarchy as it stood on a chosen day, the units closed or merged before it, and the
// lineage of the unit chosen in either.
import { useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Row, Space, Tree, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';

import { PageHeader } from '../../components/PageHeader';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { ToneTag } from '../../components/ToneTag';
import { formatDate, todayInVietnam } from '../../format';
import { useI18n } from '../../i18n';
import { unitQueries, type Unit } from './api';
import LineageCard from './LineageCard';
import OpenWorkCard from './OpenWorkCard';
import { unitName } from './tree';

interface Node { key: string; title: ReactNode; children: Node[] }

export default function UnitsPage() {
  const { t, lang, name } = useI18n();
  const [params, setParams] = useSearchParams();
  const at = params.get('at') ?? todayInVietnam();
  const chosen = params.get('unit');
  const choose = (code: string) => setParams({ at, unit: code });
  const units = useQuery(unitQueries.at(at));
  const closed = useQuery(unitQueries.closed(at));
  const closedCodes = useMemo(() => new Set((closed.data?.items ?? []).map((u) => u.code)), [closed.data]);
  const names = useMemo(() => new Map((closed.data?.items ?? []).concat(units.data ?? []).map((u) => [u.code, unitName(u, lang)])), [closed.data, units.data, lang]);

  const tree = useMemo(() => {
    const nodes = new Map<string, Node>();
    for (const u of units.data ?? []) {
      nodes.set(u.code, {
        key: u.code,
        title: (
          <span>
            {unitName(u, lang)} <Typography.Text type="secondary">({u.code})</Typography.Text>{' '}
            <ToneTag tone="neutral">{name('unitKind', u.kind)}</ToneTag>
            {u.illustrative && <IllustrativeTag source={u.source} />}
          </span>
        ),
        children: [],
      });
    }
    const roots: Node[] = [];
    for (const u of units.data ?? []) {
      const parent = u.parent ? nodes.get(u.parent) : undefined;
      (parent ? parent.children : roots).push(nodes.get(u.code)!);
    }
    return roots;
  }, [units.data, lang, name]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('units')} extra={
        <label className="picker">
          <span>{t('atDate')}</span>
          <DatePicker id="units-date" data-testid="units-date" format="DD/MM/YYYY" allowClear={false} value={dayjs(at)}
            onChange={(d) => d && setParams({ at: d.format('YYYY-MM-DD'), ...(chosen ? { unit: chosen } : {}) })} />
        </label>
      } />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={<h2 className="card-heading">{t('units')} — {formatDate(at)}</h2>}>
            <QueryState isPending={units.isPending} error={units.error} refetch={units.refetch} empty={units.data?.length === 0} />
            {tree.length > 0 && (
              <Tree treeData={tree} defaultExpandAll key={at} data-testid="units-tree" selectedKeys={chosen ? [chosen] : []}
                onSelect={(keys) => keys[0] && choose(String(keys[0]))} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<h2 className="card-heading">{t('closedUnits')}</h2>}>
            <QueryState isPending={closed.isPending} error={closed.error} refetch={closed.refetch} />
            {closed.data && (
              <ResponsiveTable<Unit>
                size="small"
                rowKey="code"
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                dataSource={closed.data.items}
                locale={{ emptyText: t('noData') }}
                scroll={{ x: true }}
                onRow={(u) => ({ onClick: () => choose(u.code), style: { cursor: 'pointer' } })}
                columns={[
                  {
                    title: t('name'),
                    key: 'name',
                    render: (_, u) => (
                      <>
                        <Link className="row-link" to={`?${new URLSearchParams({ at, unit: u.code })}`} data-testid={`choose-${u.code}`}>{unitName(u, lang)} ({u.code})</Link>
                        {' '}{u.illustrative && <IllustrativeTag source={u.source} />}
                      </>
                    ),
                  },
                  { title: t('lastDay'), dataIndex: 'valid_to', render: (d: string) => formatDate(d) },
                  {
                    title: t('mergedInto'),
                    key: 'successors',
                    render: (_, u) => (u.successors ?? []).map((s) => <ToneTag key={s.successor} tone="neutral">{names.get(s.successor) ?? s.successor}</ToneTag>),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          {chosen ? <LineageCard code={chosen} /> : <Typography.Text type="secondary">{t('lineageHint')}</Typography.Text>}
        </Col>
        {chosen && closedCodes.has(chosen) && (
          <Col xs={24}>
            <OpenWorkCard code={chosen} />
          </Col>
        )}
      </Row>
    </Space>
  );
}
