-- Who set a target, as reports name it after "kế hoạch": "tỉnh giao", "Nghị quyết Đại hội đề ra".
ALTER TABLE targets ADD COLUMN assigned_by TEXT;
