import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The counselor opens the mailbox with her passphrase, or with the recovery
// code and a new passphrase when she has forgotten it.
Item {
    id: screen

    property bool recovering: false
    property var focused: passField.input

    function type(text) {
        focused.insert(focused.cursorPosition, text);
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: screen.recovering ? qsTr("Open with the recovery code") : qsTr("Open the secret mailbox")
            subtitle: qsTr("For %1 only. Every opening is written in the mailbox log.").arg(Mail.counselorName)
            onBackClicked: Kiosk.goHome()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: 8
            spacing: Theme.spacing
            QqField {
                id: codeField
                objectName: "recoveryInput"
                visible: screen.recovering
                Layout.fillWidth: true
                label: qsTr("Recovery code")
                placeholder: "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
                input.onActiveFocusChanged: if (input.activeFocus)
                    screen.focused = input
            }
            QqField {
                id: passField
                objectName: "unlockPassphrase"
                Layout.fillWidth: true
                label: screen.recovering ? qsTr("A new passphrase") : qsTr("Passphrase")
                secret: true
                input.onActiveFocusChanged: if (input.activeFocus)
                    screen.focused = input
                input.onAccepted: unlockButton.clicked()
                Component.onCompleted: input.forceActiveFocus()
            }
            QqButton {
                id: unlockButton
                objectName: "unlockButton"
                Layout.alignment: Qt.AlignBottom
                text: qsTr("Open")
                iconName: "unlock"
                tint: Theme.mailbox
                onClicked: {
                    if (screen.recovering)
                        Mail.recover(codeField.text, passField.text);
                    else
                        Mail.unlock(passField.text);
                    passField.input.clear();
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            spacing: Theme.spacing
            Text {
                objectName: "unlockProblem"
                Layout.fillWidth: true
                text: Mail.counselorProblem
                color: Theme.danger
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            QqButton {
                objectName: "forgotPassphrase"
                text: screen.recovering ? qsTr("I know my passphrase") : qsTr("Forgot the passphrase?")
                iconName: screen.recovering ? "unlock" : "question"
                tint: Theme.teacher
                fontSize: Theme.fontSmall
                onClicked: {
                    screen.recovering = !screen.recovering;
                    (screen.recovering ? codeField : passField).input.forceActiveFocus();
                }
            }
        }
        Item {
            Layout.fillHeight: true
        }
        LetterKeyboard {
            Layout.fillWidth: true
            Layout.margins: 12
            onLetter: key => screen.type(key)
            onBackspace: if (screen.focused.cursorPosition > 0)
                screen.focused.remove(screen.focused.cursorPosition - 1, screen.focused.cursorPosition)
            onClear: screen.focused.clear()
        }
    }
}
