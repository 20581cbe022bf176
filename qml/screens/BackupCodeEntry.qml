import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// A backup made on another kiosk: the school's recovery code opens it.
Rectangle {
    color: "#B33B2A20"

    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1100)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing / 2

            Text {
                Layout.fillWidth: true
                text: qsTr("This backup was made on another kiosk. Type the school's recovery code for backups (it is on paper in the school office).")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
            }
            QqField {
                id: codeField
                objectName: "backupCodeField"
                Layout.fillWidth: true
                placeholder: "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
                Component.onCompleted: input.forceActiveFocus()
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                text: Backup.notice
                color: Backup.noticeIsProblem ? Theme.danger : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            LetterKeyboard {
                Layout.fillWidth: true
                digits: true
                onLetter: key => codeField.input.insert(codeField.input.cursorPosition, key.toUpperCase())
                onBackspace: if (codeField.input.cursorPosition > 0)
                    codeField.input.remove(codeField.input.cursorPosition - 1, codeField.input.cursorPosition)
                onClear: codeField.input.clear()
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                QqButton {
                    objectName: "cancelCode"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Cancel")
                    iconName: "back"
                    tint: Theme.surface
                    textColor: Theme.text
                    border.color: Theme.border
                    border.width: 2
                    onClicked: Backup.cancelCode()
                }
                QqButton {
                    objectName: "enterCode"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Open the backup")
                    iconName: "restore"
                    tint: Theme.teacher
                    onClicked: Backup.enterCode(codeField.text)
                }
            }
        }
    }
}
