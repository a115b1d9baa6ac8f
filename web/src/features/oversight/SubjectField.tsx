// Choosing who a decision is about: a party organisation from the hierarchy on the day, or a
// member by code (names stay behind the oversight.members grant).
import { Form, Input, Radio, TreeSelect } from 'antd';

import { useI18n } from '../../i18n';
import { useUnits } from '../units/useUnits';


export function SubjectField({ at, testId }: { at: string; testId: string }) {
  const { t, name } = useI18n();
  
  const units = useUnits(at);
  const kind = Form.useWatch('subject_kind');
  return (
    <>
      <Form.Item label={t('subject')} name="subject_kind" initialValue="member">
        <Radio.Group options={['member', 'organisation'].map((k) => ({ value: k, label: name('subjectKind', k) }))} data-testid={`${testId}-kind`} />
      </Form.Item>
      {kind === 'organisation' ? (
        <Form.Item label={t('organisation')} name="subject" rules={[{ required: true, message: t('organisation') }]}>
          <TreeSelect treeData={units.partyTree} showSearch treeNodeFilterProp="title" loading={units.loading}
            data-testid={`${testId}-organisation`} />
        </Form.Item>
      ) : (
        <Form.Item label={t('memberCode')} name="subject" rules={[{ required: true, message: t('memberCode') }]}>
          <Input placeholder="DV-0001" data-testid={`${testId}-member`} />
        </Form.Item>
      )}
    </>
  );
}
