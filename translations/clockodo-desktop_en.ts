<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountSession</name>
    <message numerus="yes">
        <source>Clockodo has received too many requests. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Clockodo has received too many requests. Wait %n second and try again.</numerusform>
            <numerusform>Clockodo has received too many requests. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many requests to Clockodo. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests to Clockodo. Try again in %n second.</numerusform>
            <numerusform>Too many requests to Clockodo. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message numerus="yes">
        <source>Delete %n entries?</source>
        <translation>
            <numerusform>Delete %n entry?</numerusform>
            <numerusform>Delete %n entries?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo (%1) right after brings them back as new entries.</source>
        <extracomment>%1 is the shortcut of Undo (Ctrl+Z)</extracomment>
        <translation>
            <numerusform>Undo (%1) right after brings it back as a new entry.</numerusform>
            <numerusform>Undo (%1) right after brings them back as new entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryUndoController</name>
    <message numerus="yes">
        <source>%n entries deleted.</source>
        <translation>
            <numerusform>%n entry deleted.</numerusform>
            <numerusform>%n entries deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries restored (added again as new entries).</source>
        <translation>
            <numerusform>%n entry restored (added again as a new entry).</numerusform>
            <numerusform>%n entries restored (added again as new entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Und&amp;o delete (%n entries)</source>
        <translation>
            <numerusform>Und&amp;o delete (%n entry)</numerusform>
            <numerusform>Und&amp;o delete (%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryUndoStack</name>
    <message numerus="yes">
        <source>%n restored entries could not be marked as billed again.</source>
        <translation>
            <numerusform>%n restored entry could not be marked as billed again.</numerusform>
            <numerusform>%n restored entries could not be marked as billed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted entries could not be restored: %1</source>
        <extracomment>%1 is the reason (a sentence from Clockodo)</extracomment>
        <translation>
            <numerusform>%n deleted entry could not be restored: %1</numerusform>
            <numerusform>%n deleted entries could not be restored: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>Deleted %n entry.</numerusform>
            <numerusform>Deleted %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n entries…</source>
        <translation>
            <numerusform>Deleting %n entry…</numerusform>
            <numerusform>Deleting %n entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be deleted. %1</source>
        <extracomment>%1 is the reason (a sentence from Clockodo)</extracomment>
        <translation>
            <numerusform>%n entry could not be deleted. %1</numerusform>
            <numerusform>%n entries could not be deleted. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineConflictText</name>
    <message numerus="yes">
        <source>%n entry(s) made elsewhere overlap it, the first from %1 to %2.</source>
        <translation>
            <numerusform>%n entry made elsewhere overlaps it, from %1 to %2.</numerusform>
            <numerusform>%n entries made elsewhere overlap it, the first from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverlapQuestion</name>
    <message numerus="yes">
        <source>This entry overlaps %n other entries:</source>
        <translation>
            <numerusform>This entry overlaps %n other entry:</numerusform>
            <numerusform>This entry overlaps %n other entries:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message numerus="yes">
        <source>Total: %1 h · %n entries</source>
        <extracomment>the report&apos;s total line: decimal hours and the number of entries</extracomment>
        <translation>
            <numerusform>Total: %1 h · %n entry</numerusform>
            <numerusform>Total: %1 h · %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopwatchWidget</name>
    <message numerus="yes">
        <source>Offline — %n record(s) waiting to upload</source>
        <translation>
            <numerusform>Offline — %n record waiting to upload</numerusform>
            <numerusform>Offline — %n records waiting to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to upload</source>
        <translation>
            <numerusform>%n record waiting to upload</numerusform>
            <numerusform>%n records waiting to upload</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <source>Offline — %n record(s) waiting to upload</source>
        <translation>
            <numerusform>Offline — %n record waiting to upload</numerusform>
            <numerusform>Offline — %n records waiting to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to upload</source>
        <translation>
            <numerusform>%n record waiting to upload</numerusform>
            <numerusform>%n records waiting to upload</numerusform>
        </translation>
    </message>
</context>
</TS>
