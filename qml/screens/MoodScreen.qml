import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// "How do you feel today?" — five faces; only the counselor sees the answer.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing * 1.5

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            QqSpeakButton {
                objectName: "speakMoodQuestion"
                speech: [question.text, onlyCounselor.text].join(". ")
            }
        Text {
            id: question
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("How do you feel today, %1?").arg(Kiosk.childName)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHuge
            font.bold: true
            wrapMode: Text.WordWrap
        }
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing
            Repeater {
                model: [{
                        "mood": 5,
                        "label": qsTr("Very happy")
                    }, {
                        "mood": 4,
                        "label": qsTr("Happy")
                    }, {
                        "mood": 3,
                        "label": qsTr("So-so")
                    }, {
                        "mood": 2,
                        "label": qsTr("Sad")
                    }, {
                        "mood": 1,
                        "label": qsTr("Very sad")
                    }]
                // Each face, and under it a speaker that says its word.
                delegate: ColumnLayout {
                    required property var modelData
                    spacing: 12
                Rectangle {
                    readonly property var modelData: parent.modelData
                    objectName: "mood" + modelData.mood
                    Layout.preferredWidth: 200
                    Layout.preferredHeight: 240
                    radius: Theme.radius
                    color: tap.pressed ? Theme.surfaceWarm : Theme.surface
                    border.color: Theme.border
                    border.width: 3
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData.label
                    ColumnLayout {
                        anchors.centerIn: parent
                        spacing: 10
                        Image {
                            Layout.alignment: Qt.AlignHCenter
                            source: Theme.icon("mood" + modelData.mood)
                            sourceSize: Qt.size(140, 140)
                        }
                        Text {
                            Layout.alignment: Qt.AlignHCenter
                            text: modelData.label
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                        }
                    }
                    TapHandler {
                        id: tap
                        onTapped: Kiosk.chooseMood(modelData.mood)
                    }
                }
                QqSpeakButton {
                    objectName: "speakMood" + modelData.mood
                    Layout.alignment: Qt.AlignHCenter
                    speech: modelData.label
                }
                }
            }
        }
        Text {
            id: onlyCounselor
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Only the counselor sees your answer.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        QqButton {
            objectName: "skipButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 320
            text: qsTr("Skip")
            iconName: "skip"
            tint: Theme.surface
            textColor: Theme.text
            border.color: Theme.border
            border.width: 2
            onClicked: Kiosk.chooseMood(0)
        }
    }
}
