// A tile per key figure: what, how much (in its unit), against which plan, on last year, status.
import { Card, Col, Row, Typography } from 'antd';

import { IllustrativeTag } from '../../components/Tags';
import { useI18n } from '../../i18n';
import type { ScorecardItem } from '../targets/api';
import { withMeasure } from '../targets/logic';
import { ItemStatusTag } from '../targets/Tags';
import { againstPlan, changeText } from './logic';

export function itemName(i: Pick<ScorecardItem, 'name' | 'name_en'>, lang: 'vi' | 'en') {
  return (lang === 'en' && i.name_en) || i.name;
}

export function KeyTile({ item, previousYear, large = false }: { item: ScorecardItem; previousYear: string; large?: boolean }) {
  const i18n = useI18n();
  const { lang } = i18n;
  const plan = againstPlan(item, i18n);
  const change = changeText(item, previousYear, i18n);
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={`tile-${item.indicator}`}>
      <Typography.Text type="secondary" style={{ fontSize: large ? 28 : 14 }}>{itemName(item, lang)}</Typography.Text>
      <div style={{ fontSize: large ? 64 : 30, fontWeight: 600, lineHeight: 1.2, margin: '6px 0', color: '#1f1f1f' }} data-testid="tile-value">
        {withMeasure(item.actual!, item, lang)}
      </div>
      {plan && <div style={{ fontSize: large ? 30 : 15 }} data-testid="tile-plan">{plan}</div>}
      {change && <Typography.Text type="secondary" style={{ fontSize: large ? 26 : 14, display: 'block' }}>{change}</Typography.Text>}
      <div style={{ marginTop: 8 }}>
        <ItemStatusTag item={item} />
        {item.illustrative && <IllustrativeTag source={item.actual_source ?? item.target.source} />}
      </div>
    </Card>
  );
}

export function KeyTiles({ items, previousYear }: { items: ScorecardItem[]; previousYear: string }) {
  return (
    <Row gutter={[12, 12]}>
      {items.map((i) => (
        <Col key={i.indicator} xs={24} sm={12} xl={8}>
          <KeyTile item={i} previousYear={previousYear} />
        </Col>
      ))}
    </Row>
  );
}
