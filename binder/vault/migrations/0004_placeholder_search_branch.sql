-- Placeholder on branch 'search' only: the number is taken by another branch.
-- The lead drops this file when merging (the real 0004 comes from that branch).
SELECT 1;
