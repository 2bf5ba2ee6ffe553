-- Schema version 9: the coordinator's field_log loses its index on occurred_at. No query uses it
-- (the timeline orders by the moment each time stands for, whatever its offset, which text order
-- is not: binder/reports/timeline.py), and keeping it up to date was a fifth of storing a stick
-- of 20 laptops' reports.
DROP INDEX IF EXISTS field_log_occurred;
