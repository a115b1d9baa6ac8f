-- A step's result is one of dung, sai, dung_mot_phan (petitions::Result), read by name. Before,
-- a step other than a decision on a complaint or denunciation could store any short text there;
-- such a text is kept in the step's note, and the result cleared.
UPDATE petition_events
SET note = CASE WHEN note IS NULL THEN '' ELSE note || ' ' END || '(kết quả: ' || result || ')',
    result = NULL
WHERE result IS NOT NULL AND result NOT IN ('dung', 'sai', 'dung_mot_phan');
