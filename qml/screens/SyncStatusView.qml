import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// A joined kiosk: when the last sync worked, what waits to be sent, the last
// failure (kept on screen until a sync works), "sync now", USB files, and
// on the right the conflicts sync found.
RowLayout {
    spacing: Theme.margin

    ColumnLayout {
        Layout.preferredWidth: 600
        Layout.fillWidth: false
        Layout.fillHeight: true
        spacing: Theme.spacing * 2 / 3

        Text {
            objectName: "lastSuccess"
            Layout.fillWidth: true
            text: qsTr("Last sync that worked: %1").arg(Sync.lastSuccess)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "waiting"
            Layout.fillWidth: true
            text: Sync.waitingCount > 0 ? qsTr("Waiting to be sent: %n change(s) made on this kiosk", "", Sync.waitingCount) : qsTr("Everything made on this kiosk has been sent.")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "mailboxKey"
            visible: text !== ""
            Layout.fillWidth: true
            text: Sync.mailboxKeyText
            color: Sync.mailboxKeyAlert ? Theme.danger : Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: Sync.mailboxKeyAlert
            wrapMode: Text.WordWrap
        }
        Rectangle {
            objectName: "lastErrorBox"
            visible: Sync.lastError !== ""
            Layout.fillWidth: true
            Layout.preferredHeight: errorColumn.implicitHeight + 32
            radius: Theme.radius / 2
            color: Theme.surface
            border.color: Theme.danger
            border.width: 3
            ColumnLayout {
                id: errorColumn
                anchors.fill: parent
                anchors.margins: 16
                spacing: 4
                Text {
                    Layout.fillWidth: true
                    text: qsTr("The last sync did not work")
                    color: Theme.danger
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                Text {
                    objectName: "lastError"
                    Layout.fillWidth: true
                    text: Sync.lastError
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
        }
        QqButton {
            objectName: "syncNow"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchMin * 5 / 4
            enabled: !Sync.busy
            text: Sync.busy ? qsTr("Syncing…") : qsTr("Sync now")
            iconName: "send"
            fontSize: Theme.fontLarge
            tint: Theme.calls
            onClicked: Sync.syncNow()
        }
        SyncProgress {
            objectName: "syncProgress"
            visible: Sync.busy
            Layout.fillWidth: true
        }
        Text {
            objectName: "syncNotice"
            Layout.fillWidth: true
            visible: text !== ""
            text: Sync.busy ? Sync.phaseText : Sync.notice
            color: Sync.noticeIsProblem && !Sync.busy ? Theme.danger : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        Item {
            Layout.fillHeight: true
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("No network? Carry the changes on a USB stick:")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            QqButton {
                objectName: "exportToUsb"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                enabled: !Sync.busy
                text: qsTr("Save to USB")
                iconName: "export"
                fontSize: Theme.fontSmall
                tint: Theme.teacher
                onClicked: Sync.exportToUsb()
            }
            QqButton {
                objectName: "importFromUsb"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                enabled: !Sync.busy
                text: qsTr("Read from USB")
                iconName: "import"
                fontSize: Theme.fontSmall
                tint: Theme.teacher
                onClicked: Sync.importFromUsb()
            }
        }
    }

    SyncConflictList {
        Layout.fillWidth: true
        Layout.fillHeight: true
    }
}
