"""Field reports: each laptop's record of the crisis back to the coordinator by USB stick.

On a laptop:
    keys.export_identity(vault, path)            # public identity to enrol (both keys)
    export.export_report(vault, folder) -> ReportResult
    export.pending(vault) -> counts the next report would carry
At the coordinator:
    verify.verify_report(vault, path) -> VerifiedReport     # every check, nothing changed
    apply.preview(vault, verified) / apply.import_report(vault, verified)
    timeline.timeline(vault, since=None, laptop=None), timeline.chains(vault)
    board.board(vault)                                       # restoration board across laptops
    corrections.list_corrections / accept / reject
The coordinator's bundles carry the answers back (binder.reports.feedback).
Format and threat model: docs/report-format.md.
"""
