import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The backup key's recovery code, until the teacher says it is on paper:
// every backup is encrypted, and on a new kiosk only this code opens one.
Rectangle {
    color: "#B33B2A20"

    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1040)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Write down the recovery code for backups")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Backups are locked so that a lost USB stick shows nobody the children's files. If this kiosk breaks, a new kiosk opens the backups only with this code. Copy it onto paper and give it to the school office; do not keep it next to the kiosk. It is shown only until you tap below.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                lineHeight: 1.2
                wrapMode: Text.WordWrap
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 120
                radius: Theme.radius
                color: Theme.surfaceWarm
                border.color: Theme.teacher
                border.width: 4
                Text {
                    objectName: "backupRecoveryCode"
                    anchors.centerIn: parent
                    text: Backup.recoveryCode
                    color: Theme.text
                    font.family: "Noto Sans Mono CJK SC"
                    font.pixelSize: 44
                    font.bold: true
                    font.letterSpacing: 3
                }
            }
            QqButton {
                objectName: "backupCodeWritten"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("I have written it down")
                iconName: "pen"
                tint: Theme.success
                fontSize: Theme.fontLarge
                onClicked: Backup.recoveryCodeWrittenDown()
            }
        }
    }
}
