<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>gatehouse::ui::CertificateTree</name>
    <message>
        <source>Entities and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity, role or certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no entity ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unreadable certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n bit(s)</source>
        <translation>
            <numerusform>%1, %n bit</numerusform>
            <numerusform>%1, %n bits</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Severity of an informational finding</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected finding details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show findings of severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by rule, message or fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Metadata File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Metadata &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Desktop admin portal for enterprise single sign-on and directory sync. This version contains the offline SAML metadata validator.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MetadataInputPanel</name>
    <message>
        <source>Metadata source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to a metadata XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a metadata file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop a metadata file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted metadata XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the metadata XML here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate Pasted Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the pasted metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Metadata File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML metadata (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the path of a metadata file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 100 MB; refusing to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the metadata XML first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MetadataValidatorView</name>
    <message>
        <source>Metadata source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entities and Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to re-validate yet: open a file, fetch a URL or paste metadata first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::PolicyPanel</name>
    <message>
        <source>Require a valid &amp;signature by the trusted signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lab mode (allow http and local addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expiry warning, in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a valid signature by the trusted signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab mode: allow http and local addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for test setups: allows http:// URLs, localhost and private addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn about certificates expiring within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted si&amp;gner certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted signer certificate file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the trusted signer certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Signer Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the trusted signer certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ReportSummaryBar</name>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>No metadata validated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entity(ies) in %2</source>
        <translation>
            <numerusform>%1 — %n entity in %2</numerusform>
            <numerusform>%1 — %n entities in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UrlFetchWidget</name>
    <message>
        <source>&amp;Fetch and Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://idp.example.com/saml/metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch and validate the metadata URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the metadata URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Gatehouse desktop admin portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML metadata file to validate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
