import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The teacher's backups: the last one and where it is, "back up now",
// "copy to USB" (with the reason when it cannot), and the list to restore
// from, behind a question in plain words.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: qsTr("Backups")
            subtitle: Backup.lastBackup
            onBackClicked: Backup.close()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.margin

            ColumnLayout {
                Layout.preferredWidth: 520
                Layout.fillWidth: false
                Layout.fillHeight: true
                spacing: Theme.spacing * 2 / 3

                Text {
                    objectName: "backupProblem"
                    visible: Backup.problem !== ""
                    Layout.fillWidth: true
                    text: qsTr("The last backup did not work: %1").arg(Backup.problem)
                    color: Theme.danger
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                QqButton {
                    objectName: "backUpNow"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchMin * 5 / 4
                    enabled: !Backup.busy
                    text: qsTr("Back up now")
                    iconName: "backup"
                    fontSize: Theme.fontLarge
                    tint: Theme.calls
                    onClicked: Backup.backUpNow()
                }
                QqButton {
                    objectName: "copyToUsb"
                    Layout.fillWidth: true
                    enabled: !Backup.busy && Backup.usbPresent
                    text: qsTr("Copy to USB")
                    iconName: "usb"
                    tint: Theme.teacher
                    onClicked: Backup.copyToUsb()
                }
                Text {
                    objectName: "usbText"
                    Layout.fillWidth: true
                    text: Backup.usbText
                    color: Backup.usbPresent ? Theme.textMuted : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "backupNotice"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: Backup.busy ? Backup.busyText : Backup.notice
                    color: Backup.noticeIsProblem && !Backup.busy ? Theme.danger : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.bold: Backup.busy
                    wrapMode: Text.WordWrap
                }
                Item {
                    Layout.fillHeight: true
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("The kiosk makes a backup by itself every day and keeps the last %n day(s).", "", Backup.keepDays)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }

            BackupList {
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }

    BackupRestoreConfirm {
        objectName: "restoreConfirm"
        anchors.fill: parent
        visible: Backup.restoreAsked
    }

    Loader {
        anchors.fill: parent
        active: Backup.codeAsked
        sourceComponent: BackupCodeEntry {
        }
    }

    BackupCodeCard {
        objectName: "backupCodeCard"
        anchors.fill: parent
        visible: Backup.recoveryCode !== ""
    }
}
