import { IllustrativeTag } from '../../components/Tags';

// The report's sentence, each clause that counts an invented record tagged as the report marks it.
export function OversightSentence({ clauses, fallback }: { clauses?: { text: string; illustrative: boolean }[]; fallback: string }) {
  if (!clauses?.length) return <>{fallback}</>;
  return (
    <>
      {clauses.map((c, i) => (
        <span key={c.text}>
          {i > 0 && '; '}
          {i === 0 ? c.text.charAt(0).toUpperCase() + c.text.slice(1) : c.text}
          {c.illustrative && <> <IllustrativeTag /></>}
        </span>
      ))}
    </>
  );
}
