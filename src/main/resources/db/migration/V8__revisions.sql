-- Versions of what can change after it is recorded: pledges (retracted, marked the same as another), pledge lines
-- (allocations, deliveries, restatements and reversals change their state), postings (reversed), needs (status) and
-- claims (decided). Each change appends the subject's next version in the same transaction as the change; a writer says
-- which version it read, and a change made on an older one is refused with the revisions it did not see. The key makes
-- two writers who read the same version unable to both succeed: the second insert of (subject, version) fails.
--
-- Version 1 is the subject as first recorded. A posting's version 1 is the posting itself: no row is stored for it (a
-- subject without a revision is at version 1), and its reversal appends version 2.
CREATE TABLE revision (
    subject_type  TEXT NOT NULL,             -- pledge | line | entry | need | claim
    subject_id    TEXT NOT NULL,             -- the subject's id (a posting's as decimal text)
    version       BIGINT NOT NULL,           -- 1, 2, 3... per subject
    action        TEXT NOT NULL,             -- recorded | allocation | delivery | reversal | restatement | retraction | same-as | status | accepted | rejected | attached
    summary       TEXT NOT NULL,             -- the change in a few words, for a person
    recorded_at   BIGINT NOT NULL,
    recorded_by   TEXT,
    PRIMARY KEY (subject_type, subject_id, version)
);

-- What was recorded before versions were kept is at version 1, as it stands now.
INSERT INTO revision (subject_type, subject_id, version, action, summary, recorded_at, recorded_by)
SELECT 'pledge', id, 1, 'recorded', 'recorded before versions were kept', recorded_at, recorded_by FROM pledge;
INSERT INTO revision (subject_type, subject_id, version, action, summary, recorded_at, recorded_by)
SELECT 'line', id, 1, 'recorded', 'recorded before versions were kept', recorded_at, recorded_by FROM pledge_line;
INSERT INTO revision (subject_type, subject_id, version, action, summary, recorded_at, recorded_by)
SELECT 'need', id, 1, 'recorded', 'recorded before versions were kept', recorded_at, recorded_by FROM need;
INSERT INTO revision (subject_type, subject_id, version, action, summary, recorded_at, recorded_by)
SELECT 'claim', id, 1, 'recorded', 'recorded before versions were kept', recorded_at, NULL FROM claim;
