import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The recovery code, shown once: without it a forgotten passphrase means the
// letters are lost. It is never stored on the kiosk.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            showBack: false
            title: qsTr("Write down your recovery code")
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("If you forget your passphrase, this code is the only way to open the letters. Copy it onto paper now and keep it locked away, not near the kiosk. It is shown only this once.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 160
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.mailbox
                border.width: 4
                Text {
                    objectName: "recoveryCode"
                    anchors.centerIn: parent
                    text: Mail.recoveryCode
                    color: Theme.text
                    font.family: "Noto Sans Mono CJK SC"
                    font.pixelSize: 52
                    font.bold: true
                    font.letterSpacing: 4
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("The code has no 0, O, 1, I or L, so it cannot be misread.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            Item {
                Layout.fillHeight: true
            }
            QqButton {
                objectName: "recoveryWritten"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("I have written it down")
                iconName: "pen"
                tint: Theme.success
                fontSize: Theme.fontLarge
                onClicked: Mail.recoveryCodeWritten()
            }
        }
    }
}
