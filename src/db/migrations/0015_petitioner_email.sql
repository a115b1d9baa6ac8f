-- The e-mail address a petitioner gives (an Open311 app asks for it), kept with the address and
-- the phone; a denouncer's stays in its own table like the rest of their identity.
ALTER TABLE petitioners ADD COLUMN email TEXT;
ALTER TABLE denouncers ADD COLUMN email TEXT;
