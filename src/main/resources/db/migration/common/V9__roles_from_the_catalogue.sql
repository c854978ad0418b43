-- participants: roles are the codes of catalogue/roles.csv. "Otro" keeps what the person wrote.
ALTER TABLE participant ADD COLUMN school_role_other VARCHAR(60);

-- The modalities that were offered as roles (EPJA, TP, EDUCACION_ESPECIAL) are networks now. Whoever chose one
-- keeps it as a membership of that network, and becomes the teacher of that modality: Docente, or Educador/a
-- diferencial for special education (the person can correct it in /perfil).
INSERT INTO participant_network (participant_id, network_id)
SELECT p.id, n.id
FROM participant p
JOIN network n ON n.code = CASE p.school_role WHEN 'EPJA' THEN 'EPJA' WHEN 'TP' THEN 'TP' ELSE 'ESPECIAL' END
WHERE p.school_role IN ('EPJA', 'TP', 'EDUCACION_ESPECIAL')
  AND NOT EXISTS (SELECT 1 FROM participant_network pn WHERE pn.participant_id = p.id AND pn.network_id = n.id);

-- Where that network no longer exists, nothing must be lost: the old answer becomes the text of "Otro".
UPDATE participant
SET school_role_other = CASE school_role
        WHEN 'EPJA' THEN 'EPJA (educación de adultos)'
        WHEN 'TP' THEN 'Técnico profesional'
        ELSE 'Educación especial' END,
    school_role = 'OTRO'
WHERE school_role IN ('EPJA', 'TP', 'EDUCACION_ESPECIAL')
  AND NOT EXISTS (
      SELECT 1 FROM participant_network pn JOIN network n ON n.id = pn.network_id
      WHERE pn.participant_id = participant.id
        AND n.code = CASE participant.school_role WHEN 'EPJA' THEN 'EPJA' WHEN 'TP' THEN 'TP' ELSE 'ESPECIAL' END);

UPDATE participant
SET school_role = CASE school_role WHEN 'EDUCACION_ESPECIAL' THEN 'EDUCADOR_DIFERENCIAL' ELSE 'DOCENTE' END
WHERE school_role IN ('EPJA', 'TP', 'EDUCACION_ESPECIAL');
