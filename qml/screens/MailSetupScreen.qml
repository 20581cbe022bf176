import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The counselor sets up the mailbox: her name as children know it and a
// passphrase only she knows. Keys are made; a recovery code follows.
Item {
    id: screen

    property var focused: nameField.input

    function type(text) {
        focused.insert(focused.cursorPosition, text);
    }
    function erase() {
        if (focused.cursorPosition > 0)
            focused.remove(focused.cursorPosition - 1, focused.cursorPosition);
    }

    Connections {
        target: Mail
        function onFieldText(text) {
            screen.type(text);
        }
        function onFieldBackspace() {
            screen.erase();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("Set up the secret mailbox")
            subtitle: qsTr("For the counselor: only you will be able to open the letters.")
            onBackClicked: Kiosk.show(Kiosk.TeacherRoom)
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: 8
            spacing: Theme.spacing
            QqField {
                id: nameField
                objectName: "counselorName"
                Layout.fillWidth: true
                label: qsTr("Your name, as the children know it")
                placeholder: qsTr("王老师")
                input.onActiveFocusChanged: if (input.activeFocus)
                    screen.focused = input
                Component.onCompleted: input.forceActiveFocus()
            }
            QqField {
                id: passField
                objectName: "passphrase"
                Layout.fillWidth: true
                label: qsTr("Passphrase (%1 or more letters)").arg(8)
                secret: true
                input.onActiveFocusChanged: if (input.activeFocus)
                    screen.focused = input
            }
            QqField {
                id: againField
                objectName: "passphraseAgain"
                Layout.fillWidth: true
                label: qsTr("The passphrase again")
                secret: true
                input.onActiveFocusChanged: if (input.activeFocus)
                    screen.focused = input
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            spacing: Theme.spacing
            Text {
                objectName: "setupProblem"
                Layout.fillWidth: true
                text: Mail.counselorProblem !== "" ? Mail.counselorProblem : qsTr("Unlocking takes about a second: that makes guessing slow.")
                color: Mail.counselorProblem !== "" ? Theme.danger : Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            QqButton {
                objectName: "setUpMailbox"
                text: qsTr("Make the keys")
                iconName: "lock"
                tint: Theme.mailbox
                onClicked: Mail.setUp(nameField.text, passField.text, againField.text)
            }
        }
        Item {
            Layout.fillHeight: true
        }
        PinyinKeyboard {
            visible: screen.focused === nameField.input
            Layout.fillWidth: true
            Layout.margins: 12
            composer: Mail.pinyin
            onTyped: text => screen.type(text)
        }
        LetterKeyboard {
            visible: screen.focused !== nameField.input
            Layout.fillWidth: true
            Layout.margins: 12
            onLetter: key => screen.type(key)
            onBackspace: screen.erase()
            onClear: screen.focused.clear()
        }
    }
}
