import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Writing a letter: the page, how you feel, and a pinyin keyboard. A
// hardware keyboard or an input method types into the page too.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: qsTr("Dear %1,").arg(Mail.counselorName)
            subtitle: Mail.writerName === "" ? qsTr("Without your name") : qsTr("From %1").arg(Mail.writerName)
            onBackClicked: Kiosk.goHome()

            QqButton {
                objectName: "recordInstead"
                text: Mail.hasVoice ? qsTr("My voice ✓") : qsTr("Speak")
                iconName: "mic"
                tint: Theme.calls
                onClicked: Mail.openRecorder()
            }
            QqButton {
                objectName: "sendLetter"
                text: qsTr("Send")
                iconName: "send"
                tint: Theme.mailbox
                onClicked: Mail.send()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: 12
            spacing: Theme.spacing / 2

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.mailbox
                border.width: 3
                Flickable {
                    id: page
                    anchors.fill: parent
                    anchors.margins: 16
                    contentHeight: letter.height
                    clip: true
                    TextEdit {
                        id: letter
                        objectName: "letterText"
                        width: page.width
                        // The whole page takes the tap that puts the cursor in it.
                        height: Math.max(implicitHeight, page.height)
                        text: Mail.draft
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        wrapMode: TextEdit.Wrap
                        focus: true
                        // Nothing remembered by the input method: a letter is secret.
                        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                        onTextChanged: if (text !== Mail.draft)
                            Mail.setDraft(text)
                        onCursorRectangleChanged: page.contentY = Math.max(0, cursorRectangle.y + cursorRectangle.height - page.height)
                        Component.onCompleted: cursorPosition = text.length
                    }
                    Text {
                        visible: letter.text === "" && letter.preeditText === ""
                        width: page.width
                        text: qsTr("Write what you want to say. Type pinyin, then tap the characters.")
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                    }
                }
                Text {
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: 10
                    visible: Mail.charactersLeft < 200
                    text: qsTr("%n character(s) left", "", Mail.charactersLeft)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }

            // How do you feel? Optional; tap again to take it back. One row of
            // faces, each a full touch target, beside the page.
            ColumnLayout {
                Layout.fillHeight: true
                Layout.fillWidth: false // its label fills, which would make the column grow too
                Layout.preferredWidth: 5 * Theme.keyHeight + 4 * 6
                spacing: 4
                Text {
                    Layout.fillWidth: true
                    text: qsTr("How do you feel?")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    horizontalAlignment: Text.AlignHCenter
                }
                GridLayout {
                    Layout.alignment: Qt.AlignHCenter
                    columns: 5
                    rowSpacing: 6
                    columnSpacing: 6
                    Repeater {
                        model: 5
                        Rectangle {
                            required property int index
                            readonly property int face: 5 - index
                            objectName: "feeling" + face
                            Layout.preferredWidth: Theme.keyHeight
                            Layout.preferredHeight: Theme.keyHeight
                            radius: width / 2
                            color: Mail.feeling === face ? Theme.mailbox : "transparent"
                            Accessible.role: Accessible.Button
                            Accessible.name: qsTr("Feeling %1 of 5").arg(face)
                            Image {
                                anchors.fill: parent
                                anchors.margins: 6
                                source: Theme.icon("mood" + parent.face)
                                sourceSize.width: Theme.keyHeight - 12
                                sourceSize.height: Theme.keyHeight - 12
                            }
                            TapHandler {
                                onTapped: Mail.setFeeling(parent.face)
                            }
                        }
                    }
                }
                Item {
                    Layout.fillHeight: true
                }
            }
        }

        PinyinKeyboard {
            Layout.fillWidth: true
            Layout.margins: 8
            composer: Mail.pinyin
            onTyped: text => Mail.typeText(text)
        }
    }
}
