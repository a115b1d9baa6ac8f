// A file's size as people read it: "812 B", "45 KB", "3,2 MB" (in the language's convention).
import { formatNumber, type Lang } from '../../format';

export function fileSize(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 0, lang)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1, lang)} MB`;
}
