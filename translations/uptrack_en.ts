<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Alert</name>
    <message numerus="yes">
        <source>%1 is DOWN — and %n dependent monitor(s): %2</source>
        <translation>
            <numerusform>%1 is DOWN — and %n dependent monitor: %2</numerusform>
            <numerusform>%1 is DOWN — and %n dependent monitors: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n down</numerusform>
            <numerusform>%n down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovered</source>
        <translation>
            <numerusform>%n recovered</numerusform>
            <numerusform>%n recovered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n other</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no reply to %n echo requests within %1</source>
        <translation>
            <numerusform>no reply to %n echo request within %1</numerusform>
            <numerusform>no reply to %n echo requests within %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Human</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day %1 h</source>
        <translation>
            <numerusform>%n day %1 h</numerusform>
            <numerusform>%n days %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days %1 h</source>
        <translation>
            <numerusform>%n day %1 h</numerusform>
            <numerusform>%n days %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n second</source>
        <translation>
            <numerusform>every %n second</numerusform>
            <numerusform>every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds</source>
        <translation>
            <numerusform>every %n second</numerusform>
            <numerusform>every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n day ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n days ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n days</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n deadline(s) passed unwatched: %2. Pings sent meanwhile may still arrive (uptrack-run keeps them); the rest go down in a few minutes. To watch through the night, run Uptrack on an always-on machine (uptrack --headless).</source>
        <translation>
            <numerusform>%1, a deadline passed unwatched: %2. Pings sent meanwhile may still arrive (uptrack-run keeps them); the rest go down in a few minutes. To watch through the night, run Uptrack on an always-on machine (uptrack --headless).</numerusform>
            <numerusform>%1, %n deadlines passed unwatched: %2. Pings sent meanwhile may still arrive (uptrack-run keeps them); the rest go down in a few minutes. To watch through the night, run Uptrack on an always-on machine (uptrack --headless).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and one more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UptrackRun</name>
    <message numerus="yes">
        <source>the spool in %1 was full: dropped its %n oldest ping(s)</source>
        <translation>
            <numerusform>the spool in %1 was full: dropped its oldest ping</numerusform>
            <numerusform>the spool in %1 was full: dropped its %n oldest pings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n attempt</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s)</source>
        <translation>
            <numerusform>%n monitor</numerusform>
            <numerusform>%n monitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New monitors will use it; the %n existing monitor(s) do not (give it to one with: uptrack monitor edit MONITOR --channel %1; to all, add the channel with --apply-to-existing).
</source>
        <translation>
            <numerusform>New monitors will use it; the %n existing monitor does not (give it to one with: uptrack monitor edit MONITOR --channel %1; to all, add the channel with --apply-to-existing).
</numerusform>
            <numerusform>New monitors will use it; the %n existing monitors do not (give it to one with: uptrack monitor edit MONITOR --channel %1; to all, add the channel with --apply-to-existing).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n monitor(s) have no channel at all: nobody is alerted when they fail.</source>
        <translation>
            <numerusform>Warning: %n monitor has no channel at all: nobody is alerted when it fails.</numerusform>
            <numerusform>Warning: %n monitors have no channel at all: nobody is alerted when they fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to watch:
</source>
        <translation>
            <numerusform>%n job to watch:
</numerusform>
            <numerusform>%n jobs to watch:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n monitor(s); %1 existed already.
</source>
        <translation>
            <numerusform>Created %n monitor; %1 existed already.
</numerusform>
            <numerusform>Created %n monitors; %1 existed already.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uptrack::ChannelsDialog</name>
    <message numerus="yes">
        <source>New monitors will use &quot;%1&quot;. Should the %n existing monitor(s) use it too?</source>
        <translation>
            <numerusform>New monitors will use &quot;%1&quot;. Should the %n existing monitor use it too?</numerusform>
            <numerusform>New monitors will use &quot;%1&quot;. Should the %n existing monitors use it too?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uptrack::HistoryPanel</name>
    <message numerus="yes">
        <source>, &lt;span style=&apos;color:#d13438&apos;&gt;&lt;b&gt;%n failed&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>, &lt;span style=&apos;color:#d13438&apos;&gt;&lt;b&gt;%n failed&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>, &lt;span style=&apos;color:#d13438&apos;&gt;&lt;b&gt;%n failed&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, &lt;span style=&apos;color:#c87800&apos;&gt;&lt;b&gt;%n heard by nobody&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>, &lt;span style=&apos;color:#c87800&apos;&gt;&lt;b&gt;%n heard by nobody&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>, &lt;span style=&apos;color:#c87800&apos;&gt;&lt;b&gt;%n heard by nobody&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uptrack::ImportCrontabDialog</name>
    <message numerus="yes">
        <source>%n jobs found, %1 to make into monitors.</source>
        <translation>
            <numerusform>%n job found, %1 to make into a monitor.</numerusform>
            <numerusform>%n jobs found, %1 to make into monitors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C&amp;reate %n monitors</source>
        <translation>
            <numerusform>C&amp;reate %n monitor</numerusform>
            <numerusform>C&amp;reate %n monitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n monitors. Copy the crontab below and install it (crontab FILE) so that the jobs report to Uptrack.</source>
        <translation>
            <numerusform>Created %n monitor. Copy the crontab below and install it (crontab FILE) so that the job reports to Uptrack.</numerusform>
            <numerusform>Created %n monitors. Copy the crontab below and install it (crontab FILE) so that the jobs report to Uptrack.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uptrack::MainWindow</name>
    <message numerus="yes">
        <source>%n alert(s) since %1: </source>
        <translation>
            <numerusform>%n alert since %1: </numerusform>
            <numerusform>%n alerts since %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more (Incidents and alerts has them all)</source>
        <translation>
            <numerusform>, and %n more (Incidents and alerts has it)</numerusform>
            <numerusform>, and %n more (Incidents and alerts has them all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uptrack::MaintenanceStrip</name>
    <message numerus="yes">
        <source>%n maintenance period(s) in the coming two weeks.</source>
        <translation>
            <numerusform>%n maintenance period in the coming two weeks.</numerusform>
            <numerusform>%n maintenance periods in the coming two weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uptrack::MonitorPolicyEditor</name>
    <message numerus="yes">
        <source>missed or failed run(s) in a row</source>
        <translation>
            <numerusform>missed or failed run in a row</numerusform>
            <numerusform>missed or failed runs in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uptrack::MonitorTableModel</name>
    <message numerus="yes">
        <source>The last %n pings, oldest on the left: green success, red failure, blue start, grey log. Bar height is the run&apos;s duration.</source>
        <translation>
            <numerusform>The last ping: green success, red failure, blue start, grey log. Bar height is the run&apos;s duration.</numerusform>
            <numerusform>The last %n pings, oldest on the left: green success, red failure, blue start, grey log. Bar height is the run&apos;s duration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n pings: %1 succeeded, %2 failed, %3 starts</source>
        <translation>
            <numerusform>last ping: %1 succeeded, %2 failed, %3 starts</numerusform>
            <numerusform>last %n pings: %1 succeeded, %2 failed, %3 starts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uptrack::StatusIndicators</name>
    <message numerus="yes">
        <source>%Ln monitor(s): %1 down, %2 late</source>
        <translation>
            <numerusform>%Ln monitor: %1 down, %2 late</numerusform>
            <numerusform>%Ln monitors: %1 down, %2 late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uptrack::TimelinePanel</name>
    <message numerus="yes">
        <source>%Ln ping(s)</source>
        <translation>
            <numerusform>%Ln ping</numerusform>
            <numerusform>%Ln pings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uptrack::TrayIcon</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in maintenance</source>
        <translation>
            <numerusform>%n in maintenance</numerusform>
            <numerusform>%n in maintenance</numerusform>
        </translation>
    </message>
</context>
</TS>
