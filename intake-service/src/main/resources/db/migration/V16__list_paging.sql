-- Dossier lists as keyset pages, newest first (issue 13): each caller's list read along an index ending in the page order.
DROP INDEX dossier_submitted_by;
DROP INDEX dossier_agency;
CREATE INDEX dossier_submitted_by ON dossier (submitted_by, received_at DESC, id DESC);
CREATE INDEX dossier_agency ON dossier (agency_code, received_at DESC, id DESC);
CREATE INDEX dossier_received ON dossier (received_at DESC, id DESC);
