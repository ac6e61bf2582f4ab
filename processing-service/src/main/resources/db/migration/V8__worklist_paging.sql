-- Worklists at province scale (issue 13): keyset pages by (due_at, id), filters that each have an index, and search
-- by dossier code, phone, and the words of the applicant's name without accents ("nguyen van an" finds "Nguyễn Văn An").

-- Vietnamese letters to their base letter, lower case, spaces collapsed. Written once here: the worklist folds the
-- officer's query with the same function, so the stored and the searched forms cannot disagree.
CREATE FUNCTION motcua_fold(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
    SELECT btrim(regexp_replace(lower(translate(t,
        'ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐ',
        'aaaaeeeiiioooouuuyaaaaeeeiiioooouuuyaaeeiiiioouuuuyyoouuoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyydd')), '\s+', ' ', 'g'))
$$;

ALTER TABLE dossier_case
    -- the name's words, folded: a GIN index finds the cases holding all the words asked for in a few ms, where a
    -- trigram index took 50-100 ms on common names at 1,000,000 cases (measured; bench/worklist.sh)
    ADD COLUMN applicant_words TEXT[] GENERATED ALWAYS AS (string_to_array(motcua_fold(applicant_name), ' ')) STORED,
    -- how the dossier was received (ONLINE, COUNTER, POSTAL, HOME_APPOINTMENT), from intake's accepted event
    ADD COLUMN channel VARCHAR(20);

UPDATE dossier_case c SET channel = substring(l.comment FROM 'kênh ([A-Z_]+) ')
FROM case_log l WHERE l.case_id = c.id AND l.action = 'RECEIVE' AND c.channel IS NULL;

-- The open worklist (every state but the closed ones), of the agency and of cases transferred to it (liên thông).
-- The predicates are written as the worklist writes them (Worklist.OPEN), so the planner can use these partial indexes.
DROP INDEX dossier_case_agency_due;
DROP INDEX dossier_case_partner;
CREATE INDEX dossier_case_open_agency ON dossier_case (agency_code, due_at, id)
    WHERE state NOT IN ('REFUSED', 'RETURNED', 'WITHDRAWN', 'STOPPED');
CREATE INDEX dossier_case_open_partner ON dossier_case (partner_agency, due_at, id)
    WHERE partner_agency IS NOT NULL AND state NOT IN ('REFUSED', 'RETURNED', 'WITHDRAWN', 'STOPPED');
-- one index per filter, each ending in the page order
CREATE INDEX dossier_case_agency_state ON dossier_case (agency_code, state, due_at, id);
CREATE INDEX dossier_case_partner_state ON dossier_case (partner_agency, state, due_at, id) WHERE partner_agency IS NOT NULL;
CREATE INDEX dossier_case_open_assignee ON dossier_case (agency_code, assignee, due_at, id)
    WHERE state NOT IN ('REFUSED', 'RETURNED', 'WITHDRAWN', 'STOPPED');
CREATE INDEX dossier_case_open_channel ON dossier_case (agency_code, channel, due_at, id)
    WHERE state NOT IN ('REFUSED', 'RETURNED', 'WITHDRAWN', 'STOPPED');
-- with the page order in it, so that a short receipt window is collected and sorted from the index alone
CREATE INDEX dossier_case_open_received ON dossier_case (agency_code, received_at) INCLUDE (due_at, id)
    WHERE state NOT IN ('REFUSED', 'RETURNED', 'WITHDRAWN', 'STOPPED');
-- near due or overdue while the clock runs: the leader's list, small however large the agency
CREATE INDEX dossier_case_attention ON dossier_case (agency_code, due_at, id)
    WHERE deadline_stage <> 'ON_TIME' AND state IN ('RECEIVED', 'ASSIGNED', 'IN_PROCESS', 'TRANSFERRED', 'AWAITING_APPROVAL', 'APPROVED');
CREATE INDEX dossier_case_partner_attention ON dossier_case (partner_agency, due_at, id)
    WHERE partner_agency IS NOT NULL AND deadline_stage <> 'ON_TIME'
      AND state IN ('RECEIVED', 'ASSIGNED', 'IN_PROCESS', 'TRANSFERRED', 'AWAITING_APPROVAL', 'APPROVED');
-- search
CREATE INDEX dossier_case_applicant_words ON dossier_case USING gin (applicant_words);
CREATE INDEX dossier_case_phone ON dossier_case (applicant_phone);
