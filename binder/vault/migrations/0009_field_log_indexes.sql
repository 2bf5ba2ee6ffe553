-- Schema version 9: the coordinator's field_log keeps only its primary key (key_id, hash).
-- No query used the other two indexes: every lookup is by laptop (`WHERE key_id = ?`, which the
-- primary key serves), and the timeline orders by the moment each time stands for, whatever
-- its offset, which text order on occurred_at is not (binder/reports/timeline.py). Keeping
-- them up to date was a third of storing a stick of 20 laptops' reports.
DROP INDEX IF EXISTS field_log_occurred;
DROP INDEX IF EXISTS field_log_seq;
