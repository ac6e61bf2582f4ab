-- Tests only (quarkus.flyway.locations in the test profile): the demo realm's officers, as the Keycloak
-- synchronisation would have recorded them, so that a test may assign a case to an officer who has not called yet.
INSERT INTO officer (username, agency_code, roles, active, source, updated_at) VALUES
 ('specialist1', 'SKHCN', 'specialist', TRUE, 'KEYCLOAK', now()),
 ('leader1', 'SKHCN', 'leader', TRUE, 'KEYCLOAK', now()),
 ('partner1', 'SVHTTDL', 'specialist,leader', TRUE, 'KEYCLOAK', now())
ON CONFLICT (username) DO NOTHING;
