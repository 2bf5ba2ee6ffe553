-- Schema version 5: what the print system did with a binder sent to a printer.
-- A PDF written to a file has no printer, no job and job_state ''.
ALTER TABLE prints ADD COLUMN printer TEXT NOT NULL DEFAULT '';
ALTER TABLE prints ADD COLUMN job_id TEXT NOT NULL DEFAULT '';       -- the print system's job, e.g. KrisparmPDF-12
ALTER TABLE prints ADD COLUMN job_state TEXT NOT NULL DEFAULT '';    -- sent, printed, failed
