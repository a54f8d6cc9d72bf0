<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Dutch for strings of Qt's own file dialog that qtbase_nl.qm (shipped with PySide6) lacks:
     Qt 6 added keyboard accelerators to these labels and the Dutch catalogue still has them
     without. Compiled to qtbase_extra_nl.qm by scripts/translations. -->
<TS version="2.1" language="nl_NL" sourcelanguage="en_US">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
</TS>
