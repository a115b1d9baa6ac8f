// Choosing who a decision is about: a party organisation from the hierarchy on the day, or a
// member by code (names stay behind the oversight.members grant).
import { Form, Input, Radio, TreeSelect } from 'antd';

import { useUnitsAt } from './units';
import { useWords } from './words';

export function SubjectField({ at, testId }: { at: string; testId: string }) {
  const { w, name } = useWords();
  const units = useUnitsAt(at);
  const kind = Form.useWatch('subject_kind');
  return (
    <>
      <Form.Item label={w.subject} name="subject_kind" initialValue="member">
        <Radio.Group options={['member', 'organisation'].map((k) => ({ value: k, label: name(k) }))} data-testid={`${testId}-kind`} />
      </Form.Item>
      {kind === 'organisation' ? (
        <Form.Item label={w.organisation} name="subject" rules={[{ required: true, message: w.organisation }]}>
          <TreeSelect treeData={units.partyTree} showSearch treeNodeFilterProp="title" loading={units.loading}
            data-testid={`${testId}-organisation`} />
        </Form.Item>
      ) : (
        <Form.Item label={w.memberCode} name="subject" rules={[{ required: true, message: w.memberCode }]}>
          <Input placeholder="DV-0001" data-testid={`${testId}-member`} />
        </Form.Item>
      )}
    </>
  );
}
