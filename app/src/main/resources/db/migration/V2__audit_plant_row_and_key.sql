-- Audit entries name their plant by its row id as well as its slug. A plant id (slug) can be used again after
-- the plant was deleted; the row id never is, so the trail of a deleted plant is not shown to the members of a
-- later plant with the same slug. Installation administrators still read every entry (page Audit trail).
alter table audit_entry add column plant_id bigint;

-- Entries written before this column existed belong to the plant that now carries their slug only when they
-- were written after that plant's last import; earlier ones belong to a plant that was deleted (plant_id stays
-- null). Every plant import was audited, so the last 'plant.import' entry of a slug marks where its current
-- plant's history begins.
update audit_entry set plant_id = (select p.id from plant p where p.slug = audit_entry.plant)
where plant is not null
  and seq >= (select max(i.seq) from audit_entry i where i.plant = audit_entry.plant and i.action = 'plant.import');

create index audit_entry_plant on audit_entry (plant_id, seq);

-- How an entry is sealed. 1: SHA-256 over its fields and the previous hash (the entries written before this
-- migration; anyone who can write the database can recompute them). 2: HMAC-SHA256 with the audit key, which is
-- kept outside the database, over the same fields, the plant's row id and the previous hash. Once the key exists
-- every new entry is 2; the verifier refuses a 1 after a 2.
alter table audit_entry add column chain_version integer default 1 not null;
